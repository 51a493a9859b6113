package io.flowmason.cli.remote;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The upload's progress on stderr for people: a line rewritten in place on a terminal, otherwise a
 * line at each quarter so that logs stay short.
 */
final class UploadProgress implements CountingBodyPublisher.Listener {

    private static final int QUARTER = 25;

    private final PrintWriter err;
    private final String fileName;
    private final boolean terminal;
    private int shown = -1;

    UploadProgress(PrintWriter err, String fileName, boolean terminal) {
        this.err = err;
        this.fileName = fileName;
        this.terminal = terminal;
    }

    @Override
    public synchronized void sent(long bytes, long total) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, bytes * 100 / total);
        int step = terminal ? percent : percent / QUARTER * QUARTER;
        if (step <= shown || (!terminal && step == 0)) {
            return;
        }
        shown = step;
        String line = "Uploading " + fileName + ": " + percent + "% (" + bytes(bytes) + " of " + bytes(total) + ")";
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the line rewritten in place, so that what follows starts on its own. */
    synchronized void finish() {
        if (terminal && shown >= 0) {
            err.println();
            err.flush();
        }
    }

    static String bytes(long count) {
        if (count < 1024) {
            return count + " B";
        }
        if (count < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", count / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", count / (1024.0 * 1024));
    }
}
