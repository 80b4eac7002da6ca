package org.commentary.tooling.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.commentary.tooling.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./commentary serve on the command line: its options and its usage errors. */
class ServeCommandTest {

    @TempDir
    Path folder;

    @Test
    void helpNamesThePortAndTheRoot() {
        Cli.Run run = Cli.run("serve", "--help");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("--port=N"), run.out());
        assertTrue(run.out().contains("Default: 8820"), run.out());
        assertTrue(run.out().contains("--root=DIR"), run.out());
        assertTrue(Cli.run("--help").out().contains("serve"), "listed among the commands");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli.Run run = Cli.run("serve", "--port", "70000", "--root", PreviewSite.create(folder).root().toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("--port 70000: give a port from 1 to 65535, or 0 for any free port"), run.err());
    }

    @Test
    void aPortInUseIsAUsageErrorBeforeAnythingIsBuilt() throws IOException {
        PreviewSite site = PreviewSite.create(folder);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Run run = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()), "--root",
                    site.root().toString());
            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().contains("port " + taken.getLocalPort() + " is in use"), run.err());
            assertTrue(run.err().contains("--port 0 picks a free one"), run.err());
        }
    }
}
