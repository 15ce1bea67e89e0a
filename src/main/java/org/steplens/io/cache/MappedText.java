package org.steplens.io.cache;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import org.steplens.model.TextStore;

/** The text column of a finished cache file, memory-mapped in windows of at most 1 GiB. */
final class MappedText implements TextStore {
    private static final int WINDOW_BITS = 30;
    private static final long WINDOW = 1L << WINDOW_BITS;

    private final MappedByteBuffer[] windows;

    MappedText(FileChannel channel, long start, long length) throws IOException {
        int n = (int) ((length + WINDOW - 1) / WINDOW);
        windows = new MappedByteBuffer[n];
        for (int i = 0; i < n; i++) {
            long from = (long) i * WINDOW;
            windows[i] = channel.map(FileChannel.MapMode.READ_ONLY, start + from, Math.min(WINDOW, length - from));
        }
    }

    MappedByteBuffer[] windows() {
        return windows;
    }

    @Override
    public void read(long offset, byte[] target, int targetOffset, int length) {
        long at = offset;
        int done = 0;
        while (done < length) {
            MappedByteBuffer w = windows[(int) (at >>> WINDOW_BITS)];
            int inWindow = (int) (at & (WINDOW - 1));
            int n = Math.min(length - done, w.capacity() - inWindow);
            w.get(inWindow, target, targetOffset + done, n);
            done += n;
            at += n;
        }
    }
}
