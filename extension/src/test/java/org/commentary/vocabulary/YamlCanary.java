package org.commentary.vocabulary;

import java.util.concurrent.atomic.AtomicInteger;

/** A class a malicious data file may name in a YAML tag; counts how often it was instantiated. */
public final class YamlCanary {

    static final AtomicInteger INSTANCES = new AtomicInteger();

    public YamlCanary() {
        INSTANCES.incrementAndGet();
    }

    public YamlCanary(String ignored) {
        this();
    }
}
