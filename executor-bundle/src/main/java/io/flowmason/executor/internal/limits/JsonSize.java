package io.flowmason.executor.internal.limits;

import java.util.Collection;
import java.util.Map;

/**
 * The size in bytes of a JSON tree (maps, lists, strings, numbers, booleans, null) written as
 * compact UTF-8 JSON, counted by walking the tree instead of writing it: nothing is copied, so a
 * value far over a limit is measured without holding a second copy of it. Counting stops once it
 * passes a cap, so that a huge value costs no more than the cap to measure.
 */
public final class JsonSize {

    private JsonSize() {
    }

    /** The size of {@code value} as JSON, or a number above {@code cap} when it is larger than {@code cap}. */
    public static long of(Object value, long cap) {
        Counter counter = new Counter(cap);
        counter.add(value);
        return counter.size;
    }

    private static final class Counter {
        private final long cap;
        private long size;

        Counter(long cap) {
            this.cap = cap;
        }

        void add(Object value) {
            if (size > cap) {
                return;
            }
            if (value == null) {
                size += 4;
            } else if (value instanceof CharSequence text) {
                size += 2 + utf8Length(text);
            } else if (value instanceof Map<?, ?> map) {
                size += 2 + Math.max(0, map.size() - 1);
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    size += 3 + utf8Length(String.valueOf(entry.getKey()));
                    add(entry.getValue());
                    if (size > cap) {
                        return;
                    }
                }
            } else if (value instanceof Collection<?> list) {
                size += 2 + Math.max(0, list.size() - 1);
                for (Object item : list) {
                    add(item);
                    if (size > cap) {
                        return;
                    }
                }
            } else if (value instanceof Object[] array) {
                size += 2 + Math.max(0, array.length - 1);
                for (Object item : array) {
                    add(item);
                    if (size > cap) {
                        return;
                    }
                }
            } else {
                size += String.valueOf(value).length();
            }
        }

        /** Bytes of the text in a JSON string: UTF-8, with quotes, backslashes and control characters escaped. */
        private long utf8Length(CharSequence text) {
            long bytes = 0;
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < 0x20) {
                    bytes += c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f' ? 2 : 6;
                } else if (c == '"' || c == '\\') {
                    bytes += 2;
                } else if (c < 0x80) {
                    bytes++;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    bytes += 4;
                    i++;
                } else {
                    bytes += 3;
                }
                if ((i & 0xFFFF) == 0 && size + bytes > cap) {
                    return bytes;
                }
            }
            return bytes;
        }
    }
}
