package fr.relance.app;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Routes java.util.logging (used by JavaFX) to SLF4J/Logback, configured by logback.xml. */
final class Logging {

    private Logging() {
    }

    static void configure() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
