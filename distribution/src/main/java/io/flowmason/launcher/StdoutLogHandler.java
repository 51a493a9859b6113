package io.flowmason.launcher;

import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * Sends java.util.logging records (SPI Fly, Jersey, hk2 log this way) to stdout, one line each, in
 * the same shape as the slf4j lines of the other bundles. Named in conf/logging.properties.
 */
public final class StdoutLogHandler extends StreamHandler {

    public StdoutLogHandler() {
        super(System.out, new OneLineFormatter());
    }

    @Override
    public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
    }

    @Override
    public synchronized void close() {
        flush();
    }

    static final class OneLineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(record.getInstant()).append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(record.getLevel().getName()).append(' ').append(record.getLoggerName()).append(" - ")
                    .append(formatMessage(record).strip()).append(System.lineSeparator());
            if (record.getThrown() != null) {
                line.append(record.getThrown()).append(System.lineSeparator());
            }
            return line.toString();
        }
    }
}
