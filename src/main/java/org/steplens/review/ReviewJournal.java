package org.steplens.review;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.steplens.io.AtomicWrite;

/**
 * The append-only file behind a review: one JSON line per edit, each written and fsync'd before it counts as
 * saved. Reading it back is a fold ({@link ReviewState}). A crash can leave a torn last line; reading skips it and
 * says so, and opening for append cuts it off so the next edit starts on a line of its own. Compaction rewrites the
 * journal as the state's snapshot with temp file, fsync and rename, so a crash during it leaves the old journal.
 */
public final class ReviewJournal implements Closeable {
    private final Path path;
    private FileChannel channel;

    /** What a journal holds: its edits in order, the dataset its header names (or null), and what was skipped. */
    public record Contents(List<ReviewEdit> edits, DatasetFingerprint dataset, List<String> notices) {
    }

    private ReviewJournal(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    public Path path() {
        return path;
    }

    /** Reads a journal; a missing file reads as empty. Unreadable lines are skipped with a notice naming them. */
    public static Contents read(Path path) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), null, List.of());
        }
        List<ReviewEdit> edits = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        DatasetFingerprint dataset = null;
        String text = new String(bytes, StandardCharsets.UTF_8);
        int lineNo = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            boolean torn = end < 0;
            String line = torn ? text.substring(start) : text.substring(start, end);
            lineNo++;
            start = torn ? text.length() : end + 1;
            if (line.isBlank()) {
                continue;
            }
            try {
                JournalCodec.Line decoded = JournalCodec.decode(line);
                if (torn) {
                    // A complete-looking last line without its newline may still be a half-written one that
                    // happens to parse (e.g. cut inside a trailing field); it was never acknowledged.
                    notices.add(path.getFileName() + ":" + lineNo + ": last line has no end (the program stopped "
                            + "while writing it); ignored");
                    break;
                }
                if (decoded.edit() != null) {
                    edits.add(decoded.edit());
                } else if (dataset == null) {
                    dataset = decoded.dataset();
                }
            } catch (IllegalArgumentException e) {
                notices.add(path.getFileName() + ":" + lineNo + ": " + (torn
                        ? "last line is incomplete (the program stopped while writing it); ignored"
                        : e.getMessage() + "; line skipped"));
            }
        }
        return new Contents(edits, dataset, notices);
    }

    /**
     * Opens a journal for appending, creating it (with a header naming {@code dataset}) when missing, and cutting off
     * a torn last line.
     */
    public static ReviewJournal openForAppend(Path path, DatasetFingerprint dataset) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            cutTornTail(ch);
            boolean fresh = ch.size() == 0;
            ch.position(ch.size());
            ReviewJournal journal = new ReviewJournal(path, ch);
            if (fresh) {
                journal.appendLine(JournalCodec.header(dataset));
            }
            return journal;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Appends one edit and forces it to disk; when this returns, the edit survives a crash. */
    public synchronized void append(ReviewEdit edit) throws IOException {
        appendLine(JournalCodec.encode(edit));
    }

    private void appendLine(String line) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
    }

    /** Replaces the journal by a header and {@code snapshot}, atomically, then keeps appending to the new file. */
    public synchronized void compact(DatasetFingerprint dataset, List<ReviewEdit> snapshot) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path temp = AtomicWrite.temporarySibling(absolute);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                StringBuilder sb = new StringBuilder(JournalCodec.header(dataset)).append('\n');
                for (ReviewEdit e : snapshot) {
                    sb.append(JournalCodec.encode(e)).append('\n');
                }
                ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    out.write(buf);
                }
                out.force(true);
            }
            channel.close();
            AtomicWrite.moveIntoPlace(temp, absolute);
            forceFolder(absolute.getParent());
        } finally {
            Files.deleteIfExists(temp);
            if (!channel.isOpen()) {
                channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /** Truncates after the last newline when the file does not end with one (a line torn by a crash). */
    private static void cutTornTail(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return;
        }
        long pos = size;
        ByteBuffer one = ByteBuffer.allocate(8192);
        while (pos > 0) {
            int n = (int) Math.min(one.capacity(), pos);
            one.clear().limit(n);
            ch.read(one, pos - n);
            for (int i = n - 1; i >= 0; i--) {
                if (one.get(i) == '\n') {
                    long keep = pos - n + i + 1;
                    if (keep < size) {
                        ch.truncate(keep);
                        ch.force(true);
                    }
                    return;
                }
            }
            pos -= n;
        }
        ch.truncate(0);
    }

    /** Makes a rename durable (a directory fsync; not possible on every platform, where it is skipped). */
    private static void forceFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a directory; the rename is still atomic there.
        }
    }
}
