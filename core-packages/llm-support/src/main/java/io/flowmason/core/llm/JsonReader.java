package io.flowmason.core.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one JSON value from a position in a text, ignoring whatever follows it. */
final class JsonReader {

    /** Thrown, without a stack trace, where the text stops being JSON. */
    private static final class NotJson extends Exception {
        private static final long serialVersionUID = 1L;

        NotJson() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private int at;

    JsonReader(String text, int start) {
        this.text = text;
        this.at = start;
    }

    /** The object starting at the position, or empty when the text there is not a complete object. */
    Optional<Map<String, Object>> object() {
        try {
            return Optional.of(readObject());
        } catch (NotJson e) {
            return Optional.empty();
        }
    }

    private Object readValue() throws NotJson {
        skipSpace();
        char c = peek();
        switch (c) {
            case '{':
                return readObject();
            case '[':
                return readArray();
            case '"':
                return readString();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return readNumber();
        }
    }

    private Map<String, Object> readObject() throws NotJson {
        expect('{');
        Map<String, Object> object = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return object;
        }
        while (true) {
            skipSpace();
            String name = readString();
            skipSpace();
            expect(':');
            object.put(name, readValue());
            skipSpace();
            if (peek() == '}') {
                at++;
                return object;
            }
            expect(',');
        }
    }

    private List<Object> readArray() throws NotJson {
        expect('[');
        List<Object> array = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return array;
        }
        while (true) {
            array.add(readValue());
            skipSpace();
            if (peek() == ']') {
                at++;
                return array;
            }
            expect(',');
        }
    }

    private String readString() throws NotJson {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                value.append(readEscape());
            } else if (c < 0x20) {
                throw new NotJson();
            } else {
                value.append(c);
            }
        }
    }

    private char readEscape() throws NotJson {
        char c = next();
        switch (c) {
            case '"': case '\\': case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (at + 4 > text.length()) {
                    throw new NotJson();
                }
                try {
                    char unicode = (char) Integer.parseInt(text.substring(at, at + 4), 16);
                    at += 4;
                    return unicode;
                } catch (NumberFormatException e) {
                    throw new NotJson();
                }
            default:
                throw new NotJson();
        }
    }

    private Number readNumber() throws NotJson {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String number = text.substring(start, at);
        try {
            if (number.matches("-?(0|[1-9][0-9]{0,17})")) {
                return Long.valueOf(number);
            }
            if (number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                return Double.valueOf(number);
            }
        } catch (NumberFormatException e) {
            // not a number after all
        }
        throw new NotJson();
    }

    private Object literal(String word, Object value) throws NotJson {
        if (!text.startsWith(word, at)) {
            throw new NotJson();
        }
        at += word.length();
        return value;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private void expect(char c) throws NotJson {
        if (next() != c) {
            throw new NotJson();
        }
    }

    private char peek() throws NotJson {
        if (at >= text.length()) {
            throw new NotJson();
        }
        return text.charAt(at);
    }

    private char next() throws NotJson {
        char c = peek();
        at++;
        return c;
    }
}
