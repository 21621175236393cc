package io.recmerge.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.exec.PumpStreamHandler;

/**
 * PumpStreamHandler closes the child's stdin when it has no input to pump. ffmpeg's graceful stop
 * is the key "q" on stdin, so this handler keeps the stream open and writes "q" on request.
 */
final class StdinKeepingStreamHandler extends PumpStreamHandler {

    private volatile OutputStream stdin;

    StdinKeepingStreamHandler(OutputStream out, OutputStream err) {
        super(out, err);
    }

    @Override
    public void setProcessInputStream(OutputStream os) {
        this.stdin = os;
    }

    void sendQuit() {
        OutputStream in = stdin;
        if (in == null) {
            return;
        }
        try {
            in.write("q".getBytes(StandardCharsets.US_ASCII));
            in.flush();
        } catch (IOException ignored) {
            // The process has already gone: nothing to stop.
        }
    }

    @Override
    public void stop() throws IOException {
        super.stop();
        OutputStream in = stdin;
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Closing a dead pipe fails harmlessly.
            }
        }
    }
}
