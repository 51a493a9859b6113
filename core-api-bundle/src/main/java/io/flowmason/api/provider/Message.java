package io.flowmason.api.provider;

import java.util.Objects;

/** One turn of a conversation sent to a model. */
public record Message(Role role, String content) {

    public enum Role { USER, ASSISTANT }

    public Message {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static Message user(String content) {
        return new Message(Role.USER, content);
    }
}
