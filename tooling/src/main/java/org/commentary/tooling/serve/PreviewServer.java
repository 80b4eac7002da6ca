package org.commentary.tooling.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP side of serve: the JDK's own server on 127.0.0.1 only (the preview is for the person at
 * this machine), the site at "/" and the reload events beside it.
 */
final class PreviewServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final ReloadChannel channel;

    private PreviewServer(HttpServer server, ExecutorService threads, ReloadChannel channel) {
        this.server = server;
        this.threads = threads;
        this.channel = channel;
    }

    /** Binds {@code port} (0: any free port) and starts serving; a port in use is a {@link java.net.BindException}. */
    static PreviewServer start(int port, ServedSite site, ReloadChannel channel) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "serve-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", new SiteHandler(site));
        server.createContext(ReloadChannel.PATH, channel);
        server.start();
        return new PreviewServer(server, threads, channel);
    }

    /** The site's address, such as {@code http://127.0.0.1:8820/}. */
    URI url() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    }

    @Override
    public void close() {
        channel.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
