package io.flowmason.core.httprequest;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.function.Consumer;

/** Collects a response body up to a limit; what comes beyond it is dropped and remembered. */
final class CappedBody implements Consumer<Optional<byte[]>> {

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean tooLarge;

    CappedBody(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void accept(Optional<byte[]> chunk) {
        chunk.ifPresent(part -> {
            if (tooLarge || bytes.size() + part.length > limit) {
                tooLarge = true;
            } else {
                bytes.writeBytes(part);
            }
        });
    }

    synchronized boolean tooLarge() {
        return tooLarge;
    }

    synchronized byte[] bytes() {
        return bytes.toByteArray();
    }
}
