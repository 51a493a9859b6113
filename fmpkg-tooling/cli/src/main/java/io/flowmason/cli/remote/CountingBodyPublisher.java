package io.flowmason.cli.remote;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/** Passes a request body through unchanged, telling a listener how many bytes it has handed on so far. */
final class CountingBodyPublisher implements HttpRequest.BodyPublisher {

    /** Hears how many of the body's bytes have been handed on, out of how many in all. */
    interface Listener {
        void sent(long bytes, long total);
    }

    private final HttpRequest.BodyPublisher body;
    private final Listener sent;

    CountingBodyPublisher(HttpRequest.BodyPublisher body, Listener sent) {
        this.body = body;
        this.sent = sent;
    }

    @Override
    public long contentLength() {
        return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        body.subscribe(new Flow.Subscriber<ByteBuffer>() {
            private long total;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
                total += item.remaining();
                subscriber.onNext(item);
                sent.sent(total, body.contentLength());
            }

            @Override
            public void onError(Throwable failure) {
                subscriber.onError(failure);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
    }
}
