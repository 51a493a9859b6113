package io.flowmason.cli.remote;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/** A multipart/form-data body holding one file, streamed from disk. */
record MultipartFile(String contentType, HttpRequest.BodyPublisher body) {

    static MultipartFile of(String field, Path file) throws FileNotFoundException {
        String boundary = "fm-" + UUID.randomUUID();
        String name = file.getFileName().toString().replace("\"", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return new MultipartFile("multipart/form-data; boundary=" + boundary, BodyPublishers.concat(
                BodyPublishers.ofByteArray(head), BodyPublishers.ofFile(file), BodyPublishers.ofByteArray(tail)));
    }
}
