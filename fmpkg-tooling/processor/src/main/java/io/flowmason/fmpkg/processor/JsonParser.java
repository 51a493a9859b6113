package io.flowmason.fmpkg.processor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict RFC 8259 parser for {@code @DefaultValue} texts. Values come back as the processor's JSON
 * tree: {@link Map} (insertion ordered), {@link List}, {@link String}, {@link BigDecimal},
 * {@link Boolean}, and {@code null} for JSON null.
 */
final class JsonParser {

    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

    private final String text;
    private int pos;

    private JsonParser(String text) {
        this.text = text;
    }

    static Object parse(String text) throws JsonSyntaxException {
        JsonParser parser = new JsonParser(text);
        parser.skipWhitespace();
        if (parser.atEnd()) {
            throw new JsonSyntaxException("the text is empty");
        }
        Object value = parser.value();
        parser.skipWhitespace();
        if (!parser.atEnd()) {
            throw parser.error("unexpected text after the value");
        }
        return value;
    }

    private Object value() throws JsonSyntaxException {
        if (atEnd()) {
            throw error("the text ends where a value should be");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Map<String, Object> object() throws JsonSyntaxException {
        Map<String, Object> members = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (consume('}')) {
            return members;
        }
        do {
            skipWhitespace();
            if (atEnd() || text.charAt(pos) != '"') {
                throw error("expected a property name in double quotes");
            }
            String key = string();
            if (members.containsKey(key)) {
                throw error("duplicate property \"" + key + "\"");
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(key, value());
            skipWhitespace();
        } while (consume(','));
        expect('}');
        return members;
    }

    private List<Object> array() throws JsonSyntaxException {
        List<Object> items = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (consume(']')) {
            return items;
        }
        do {
            skipWhitespace();
            items.add(value());
            skipWhitespace();
        } while (consume(','));
        expect(']');
        return items;
    }

    private String string() throws JsonSyntaxException {
        StringBuilder out = new StringBuilder();
        pos++;
        while (!atEnd()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in a string; escape it, e.g. \\n");
            }
            out.append(c == '\\' ? escape() : c);
        }
        throw error("unterminated string");
    }

    private char escape() throws JsonSyntaxException {
        if (atEnd()) {
            throw error("unterminated escape");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                    throw error("\\u needs four hex digits");
                }
                pos += 4;
                return (char) Integer.parseInt(text.substring(pos - 4, pos), 16);
            default:
                pos--;
                throw error("unknown escape \\" + c);
        }
    }

    private BigDecimal number() throws JsonSyntaxException {
        Matcher m = NUMBER.matcher(text).region(pos, text.length());
        if (!m.lookingAt()) {
            throw error("malformed number");
        }
        pos = m.end();
        if (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            throw error("malformed number");
        }
        return new BigDecimal(m.group());
    }

    private Object literal(String word, Object value) throws JsonSyntaxException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word; JSON knows only true, false and null");
        }
        pos += word.length();
        return value;
    }

    private void skipWhitespace() {
        while (!atEnd() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private boolean consume(char c) {
        if (!atEnd() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws JsonSyntaxException {
        if (!consume(c)) {
            throw error(atEnd() ? "the text ends where '" + c + "' should be" : "expected '" + c + "'");
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private JsonSyntaxException error(String what) {
        return new JsonSyntaxException(what + " at offset " + pos);
    }
}
