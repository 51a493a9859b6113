package io.flowmason.executor.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

/**
 * Turns the validator library's messages into {@link SchemaViolation}s: a JSON Pointer of our own
 * (RFC 6901 escaping, pointing at the property when one is missing or not allowed) and a plain
 * sentence without the location the library puts in front.
 */
final class Violations {

    private Violations() {
    }

    static SchemaViolation of(ValidationMessage message) {
        String keyword = message.getType();
        String path = pointer(message.getInstanceLocation());
        if (message.getProperty() != null && namesAProperty(keyword)) {
            path = path + "/" + escape(message.getProperty());
        }
        return new SchemaViolation(path, sentence(message, keyword), keyword);
    }

    private static boolean namesAProperty(String keyword) {
        return "required".equals(keyword) || "additionalProperties".equals(keyword)
                || "unevaluatedProperties".equals(keyword) || "dependentRequired".equals(keyword);
    }

    private static String sentence(ValidationMessage message, String keyword) {
        Object[] arguments = message.getArguments();
        JsonNode schemaValue = message.getSchemaNode();
        switch (keyword == null ? "" : keyword) {
            case "required":
                return "required property '" + message.getProperty() + "' is missing";
            case "additionalProperties":
            case "unevaluatedProperties":
                return "property '" + message.getProperty() + "' is not allowed here";
            case "type":
                if (arguments != null && arguments.length == 2) {
                    return "expected " + arguments[1] + " but found " + arguments[0];
                }
                break;
            case "enum":
                if (schemaValue != null) {
                    return "must be one of " + schemaValue;
                }
                break;
            case "const":
                if (schemaValue != null) {
                    return "must be " + schemaValue;
                }
                break;
            case "format":
                if (schemaValue != null && schemaValue.isTextual() && !"format.unknown".equals(message.getMessageKey())) {
                    return "is not a valid " + schemaValue.textValue();
                }
                break;
            default:
                break;
        }
        return withoutLocation(message);
    }

    /** The library's sentence, e.g. "/age: must have a minimum value of 0", without "/age: ". */
    private static String withoutLocation(ValidationMessage message) {
        String text = message.getMessage();
        String location = String.valueOf(message.getInstanceLocation());
        if (text.startsWith(location + ":")) {
            text = text.substring(location.length() + 1);
        }
        return text.strip();
    }

    /** RFC 6901: "" for the root, "/items/2/name" below it. */
    static String pointer(JsonNodePath location) {
        if (location == null || location.getNameCount() == 0) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(location.getElement(i))));
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
