package io.flowmason.fmpkg.processor;

import java.util.Locale;
import java.util.regex.Pattern;

/** Conversions between Java spellings and the snake_case names of JSON properties and component types. */
final class Names {

    static final Pattern COMPONENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*");

    private Names() {
    }

    /** {@code ticketText} → {@code ticket_text}, {@code userID} → {@code user_id}, {@code HTMLPage} → {@code html_page}. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                char before = i > 0 ? name.charAt(i - 1) : ' ';
                boolean afterWord = Character.isLowerCase(before) || Character.isDigit(before);
                boolean endsAcronym = Character.isUpperCase(before)
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (afterWord || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isComponentType(String type) {
        return COMPONENT_TYPE.matcher(type).matches();
    }

    /** A valid component type close to what was written: {@code support-classifier} → {@code support_classifier}. */
    static String suggestComponentType(String written) {
        String suggestion = snakeCase(written.strip())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^[^a-z]+", "")
                .replaceAll("_+$", "");
        return isComponentType(suggestion) ? suggestion : "my_component";
    }
}
