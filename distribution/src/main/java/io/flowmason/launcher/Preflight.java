package io.flowmason.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks made before the framework starts, because inside it these failures only show as log
 * lines of some bundle while the process keeps running without doing its job.
 */
final class Preflight {

    private Preflight() {
    }

    static void check(Settings settings) throws StartupException {
        writableDirectory(settings.dataDir(), "FLOWMASON_DATA_DIR");
        writableDirectory(settings.deployDir(), "FLOWMASON_DEPLOY_DIR");
        portFree(settings.httpHost(), settings.httpPort());
    }

    static void writableDirectory(Path dir, String setting) throws StartupException {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupException("the directory " + dir + " (" + setting + ") is not writable: " + describe(e)
                    + "; point " + setting + " at a directory this user can write");
        }
    }

    static void portFree(String host, int port) throws StartupException {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new StartupException("FLOWMASON_HTTP_HOST '" + host + "' is not an address of this machine");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new StartupException("port " + port + " on " + host + " is already in use (" + e.getMessage()
                    + "); stop what holds it or set FLOWMASON_HTTP_PORT to a free port");
        }
    }

    private static String describe(Exception e) {
        String reason = e.getClass().getSimpleName();
        return e.getMessage() == null ? reason : reason + " " + e.getMessage();
    }
}
