package org.steplens.io.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import org.steplens.model.Dataset;
import org.steplens.model.HumanRating;
import org.steplens.model.NamedScores;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.model.StepProbabilities;
import org.steplens.model.StepTexts;

/**
 * The cache file format. Layout: an 80-byte header, the text column (UTF-8 step texts, one block per solution),
 * the structure (little-endian: each problem with its solutions, numbers as raw IEEE-754 bits so values come back
 * bit for bit; the dataset's name and format and the load errors; the string table; the index of problems), then
 * the facts ({@link CachedFacts}: format, load errors, the loader's summary), last so the summary can be computed
 * while the structure is written. Header fields (big-endian): magic, version, CRC-32C of the text and of the
 * structure, the {@link CacheKey}, the section lengths, the facts' CRC and a CRC of the header itself.
 */
final class CacheFile {
    static final int HEADER_BYTES = 80;
    private static final long MAGIC = 0x534C434143484531L; // "SLCACHE1"
    private static final int VERSION = 4;
    private static final int NULL = 0;
    /**
     * The structure's byte order. Little-endian, as the byte-level JSON reader reads its words: with one byte order
     * throughout, the JIT's shared profile of the byte-order conversion never sees the other one, which would
     * otherwise throw away the compiled writer (a recompilation of a second or so) in the middle of a big load.
     */
    static final ByteOrder STRUCTURE_ORDER = ByteOrder.LITTLE_ENDIAN;

    private CacheFile() {
    }

    /** Signals a cache that must not be used: damaged, stale, or of another version. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason);
        }
    }

    // -- writing ------------------------------------------------------------------------------------------------

    /**
     * Completes the file begun by {@code column} (text of solutions not yet in it is appended first), writes the
     * structure and the header, and moves it to {@code target} atomically.
     */
    static void write(TextColumnWriter column, CacheKey key, CachedLoad load, Supplier<byte[]> summary, Path target,
                      ProblemRows ahead) throws IOException {
        Dataset d = load.dataset();
        FileChannel ch = column.channel();
        ProblemRows rows;
        long structureStart;
        if (ahead != null && ahead.areOf(d)) {
            structureStart = HEADER_BYTES + column.textLength();
            rows = ahead;
            rows.moveTo(ch, structureStart);
        } else {
            List<long[]> textOffsets = new ArrayList<>();
            for (Problem p : d.problems()) {
                textOffsets.add(textOffsets(column, p)); // may append text: before the structure's start is known
            }
            structureStart = HEADER_BYTES + column.textLength();
            rows = new ProblemRows(ch, structureStart);
            for (int p = 0; p < d.problemCount(); p++) {
                rows.add(d.problems().get(p), textOffsets.get(p));
            }
        }
        long textLength = structureStart - HEADER_BYTES;
        CRC32C crc = rows.crc;
        Strings strings = rows.strings;
        long[] problemAt = rows.problemAt();
        try (Out out = rows.out) {
            long errorsAt = out.written();
            out.writeInt(strings.id(d.name()));
            out.writeInt(strings.id(d.format()));
            out.writeInt(strings.id(load.format()));
            out.writeInt(load.errors().size());
            for (CachedLoad.Error e : load.errors()) {
                out.writeLong(e.line());
                out.writeInt(strings.id(e.reason()));
            }
            long tableAt = out.written();
            out.writeInt(strings.list.size());
            for (String s : strings.list) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            long indexAt = out.written();
            out.writeInt(problemAt.length);
            for (long at : problemAt) {
                out.writeLong(at);
            }
            out.writeLong(errorsAt);
            out.writeLong(tableAt);
            out.writeLong(indexAt);
            out.flush();
        }
        long structureLength = Files.size(column.temp()) - structureStart;
        byte[] facts = facts(load, summary.get());
        CRC32C factsCrc = new CRC32C();
        factsCrc.update(facts);
        ByteBuffer factsBuffer = ByteBuffer.wrap(facts);
        for (long at = structureStart + structureLength; factsBuffer.hasRemaining(); ) {
            at += ch.write(factsBuffer, at);
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.putLong(MAGIC).putInt(VERSION).putInt(column.textCrc())
                .putLong(key.size()).putLong(key.modifiedMillis()).putLong(key.headTailHash())
                .putLong(textLength).putLong(structureLength).putInt((int) crc.getValue())
                .putLong(facts.length).putInt((int) factsCrc.getValue());
        CRC32C headerCrc = new CRC32C();
        headerCrc.update(header.array(), 0, HEADER_BYTES - 4);
        header.putInt(HEADER_BYTES - 4, (int) headerCrc.getValue()).clear();
        ch.write(header, 0);
        ch.truncate(structureStart + structureLength + facts.length);
        // no fsync: a cache torn by a crash fails its checks on the next open and is rebuilt
        column.close();
        Files.move(column.temp(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The facts section: format, errors (line, reason), then the summary, each string as length + UTF-8. */
    private static byte[] facts(CachedLoad load, byte[] summary) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        writeString(out, load.format());
        out.writeInt(load.errors().size());
        for (CachedLoad.Error e : load.errors()) {
            out.writeLong(e.line());
            writeString(out, e.reason());
        }
        out.writeInt(summary.length);
        out.write(summary);
        out.flush();
        return bytes.toByteArray();
    }

    private static void writeString(java.io.DataOutputStream out, String s) throws IOException {
        byte[] utf8 = requireUtf8(s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static long textOffset(TextColumnWriter column, StepTexts texts) throws IOException {
        if (texts.store() instanceof BlockText block && block.isIn(column)) {
            return block.base() + texts.offset();
        }
        byte[] bytes = texts.store() != null ? texts.bytes() : utf8(texts);
        return column.append(bytes, bytes.length);
    }

    private static byte[] utf8(StepTexts texts) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String s : texts.all()) {
            all.append(requireUtf8(s));
        }
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code s}, when UTF-8 can carry it exactly: a lone surrogate (legal in JSON as "\ud800") would come back
     * as "?", so such a dataset is not cached at all.
     */
    private static String requireUtf8(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IOException("a text holds a lone surrogate, which UTF-8 cannot keep");
            }
        }
        return s;
    }

    /** The cumulative UTF-8 ends of steps held as strings. */
    private static int[] utf8Ends(StepTexts texts) {
        List<String> all = texts.all();
        int[] ends = new int[all.size()];
        int end = 0;
        for (int i = 0; i < ends.length; i++) {
            end += all.get(i).getBytes(StandardCharsets.UTF_8).length;
            ends[i] = end;
        }
        return ends;
    }

    /** Where each solution's step text starts in the text column (appending text not yet in it). */
    static long[] textOffsets(TextColumnWriter column, Problem p) throws IOException {
        long[] offsets = new long[p.solutionCount()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = textOffset(column, p.solution(i).stepTextStorage());
        }
        return offsets;
    }

    /**
     * The problems part of the structure, written one problem at a time with its string table, offsets and running
     * CRC. While a big file is still being parsed, the cache's writer thread writes the problems completed so far
     * into a separate file ({@link DatasetCache}'s pending cache); once the load ends and its problems are exactly
     * those (the model is immutable), {@link #moveTo} copies them into the cache file after the text column,
     * instead of walking a million solutions again in one pass of code not yet compiled.
     */
    static final class ProblemRows {
        private final Strings strings = new Strings();
        private final CRC32C crc = new CRC32C();
        private final List<Problem> problems = new ArrayList<>();
        private long[] problemAt = new long[64];
        private Out out;

        ProblemRows(FileChannel channel, long start) {
            out = new Out(channel, start, crc, 0);
        }

        void add(Problem p, long[] textOffsets) throws IOException {
            if (problems.size() == problemAt.length) {
                problemAt = java.util.Arrays.copyOf(problemAt, problemAt.length * 2);
            }
            problemAt[problems.size()] = out.written();
            writeProblem(out, strings, p, textOffsets);
            problems.add(p);
        }

        /** Whether these rows are of exactly {@code d}'s problems: the same objects, in the same order. */
        boolean areOf(Dataset d) {
            return d.holdsExactly(problems);
        }

        /** Copies the rows written so far to {@code channel} at {@code start}; later writes go there too. */
        void moveTo(FileChannel channel, long start) throws IOException {
            out.flush();
            long length = out.written();
            FileChannel from = out.channel;
            long from0 = out.start;
            channel.position(start);
            for (long done = 0; done < length; ) { // within the kernel (sendfile on Linux): no copy through Java
                long n = from.transferTo(from0 + done, length - done, channel);
                if (n <= 0) {
                    throw new IOException("copying the cache's structure stopped after " + done + " bytes");
                }
                done += n;
            }
            out = new Out(channel, start, crc, length);
        }

        long[] problemAt() {
            return java.util.Arrays.copyOf(problemAt, problems.size());
        }
    }

    private static void writeProblem(Out out, Strings strings, Problem p, long[] textOffsets)
            throws IOException {
        out.writeInt(strings.id(p.id()));
        out.writeInt(strings.id(p.text()));
        out.writeInt(strings.id(p.groundTruthAnswer()));
        out.writeInt(strings.id(p.groundTruthSolution()));
        out.writeInt(strings.id(p.subject()));
        out.writeBoolean(p.level() != null);
        out.writeInt(p.level() == null ? 0 : p.level());
        out.writeInt(strings.id(p.source()));
        out.writeInt(strings.id(p.extraJson()));
        out.writeInt(p.solutionCount());
        for (int i = 0; i < p.solutionCount(); i++) {
            writeSolution(out, strings, p.solution(i), textOffsets[i]);
        }
    }

    /**
     * One solution's row. Each loop is in a method of its own: this method is entered once per solution, while its
     * loops run per step, so loops here would have the JIT compile the whole method again for each loop it finds
     * hot before the method's own compilation comes (on-stack replacement: measured 2-5 compilations of ~0.2 s
     * each on a big file, instead of one).
     */
    private static void writeSolution(Out out, Strings strings, Solution s, long textOffset)
            throws IOException {
        out.writeInt(strings.id(s.idOrNull()));
        out.writeInt(strings.id(s.finalAnswerOrNull()));
        Boolean correct = s.correctOrNull();
        out.writeByte(correct == null ? 0 : correct ? 2 : 1);
        out.writeInt(strings.id(s.generatorOrNull()));
        out.writeInt(strings.id(s.extraJsonOrNull()));
        writeScores(out, strings, s.scores());
        writeStepProbabilities(out, strings, s.stepProbabilities());
        if (s.hasThreeWay()) {
            writeThreeWay(out, s);
        } else {
            out.writeInt(-1);
        }
        if (s.hasHumanRatings()) {
            writeHumanRatings(out, s);
        } else {
            out.writeInt(-1);
        }
        OptionalInt label = s.firstErrorLabel();
        out.writeBoolean(label.isPresent());
        out.writeInt(label.orElse(0));
        int[] errorSteps = s.errorStepLabels().orElse(null);
        if (errorSteps != null) {
            writeInts(out, errorSteps);
        } else {
            out.writeInt(-1);
        }
        StepTexts texts = s.stepTextStorage();
        out.writeLong(textOffset);
        if (texts.store() != null) {
            writeStepEnds(out, texts);
        } else {
            writeInts(out, utf8Ends(texts));
        }
    }

    private static void writeScores(Out out, Strings strings, NamedScores scores) throws IOException {
        out.writeInt(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            out.writeInt(strings.id(scores.name(i)));
            out.writeLong(Double.doubleToRawLongBits(scores.value(i)));
        }
    }

    private static void writeStepProbabilities(Out out, Strings strings, StepProbabilities probabilities)
            throws IOException {
        out.writeInt(probabilities.size());
        for (int i = 0; i < probabilities.size(); i++) {
            out.writeInt(strings.id(probabilities.name(i)));
            writeStepValues(out, probabilities, i);
        }
    }

    private static void writeStepValues(Out out, StepProbabilities probabilities, int scorer) throws IOException {
        int n = probabilities.stepCount(scorer);
        ByteBuffer b = out.room(4 + 8 * n);
        b.putInt(n);
        for (int step = 0; step < n; step++) {
            b.putLong(Double.doubleToRawLongBits(probabilities.value(scorer, step)));
        }
    }

    private static void writeThreeWay(Out out, Solution s) throws IOException {
        int n = 3 * s.stepCount();
        ByteBuffer b = out.room(4 + 8 * n);
        b.putInt(n);
        for (int i = 0; i < n; i++) {
            b.putLong(Double.doubleToRawLongBits(s.threeWayValue(i)));
        }
    }

    private static void writeHumanRatings(Out out, Solution s) throws IOException {
        out.writeInt(s.stepCount());
        for (int i = 0; i < s.stepCount(); i++) {
            Optional<HumanRating> r = s.humanRating(i);
            out.writeByte(r.isPresent() ? r.get().value() : Byte.MIN_VALUE);
        }
    }

    /** The length, then the values. */
    private static void writeInts(Out out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static void writeStepEnds(Out out, StepTexts texts) throws IOException {
        int n = texts.count();
        ByteBuffer b = out.room(4 + 4 * n);
        b.putInt(n);
        for (int i = 0; i < n; i++) {
            b.putInt(texts.end(i));
        }
    }

    /** Interns strings into the table: 0 is null, n is the (n-1)th string. */
    private static final class Strings {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> list = new ArrayList<>();

        int id(String s) throws IOException {
            if (s == null) {
                return NULL;
            }
            Integer id = ids.get(s);
            if (id == null) {
                list.add(requireUtf8(s));
                id = list.size();
                ids.put(s, id);
            }
            return id;
        }
    }

    private static ByteBuffer structureBuffer(int capacity) {
        return ByteBuffer.allocate(capacity).order(STRUCTURE_ORDER);
    }

    /**
     * Values buffered and written at a position of the channel, with a running CRC. The buffer is small (64 KB)
     * so that flushing is common from the start: a branch the JIT has seen taken is no reason to recompile.
     */
    private static final class Out implements java.io.Closeable {
        private final FileChannel channel;
        private final long start;
        private final CRC32C crc;
        private ByteBuffer buffer = structureBuffer(1 << 16);
        private long flushed;

        /** {@code written}: bytes already at {@code start} (counted by {@link #written}, not written again). */
        Out(FileChannel channel, long start, CRC32C crc, long written) {
            this.channel = channel;
            this.start = start;
            this.crc = crc;
            this.flushed = written;
        }

        long written() {
            return flushed + buffer.position();
        }

        /** The buffer, with room for {@code bytes} more (grown for an array bigger than it). */
        ByteBuffer room(int bytes) throws IOException {
            if (buffer.capacity() - buffer.position() < bytes) { // not remaining(): its "none left" branch is rare
                // enough to cost a recompilation of the writer when it is first taken
                flush();
                if (buffer.capacity() < bytes) {
                    buffer = structureBuffer(bytes);
                }
            }
            return buffer;
        }

        void writeInt(int v) throws IOException {
            room(4).putInt(v);
        }

        void writeLong(long v) throws IOException {
            room(8).putLong(v);
        }

        void writeByte(int v) throws IOException {
            room(1).put((byte) v);
        }

        void writeBoolean(boolean v) throws IOException {
            writeByte(v ? 1 : 0);
        }

        void write(byte[] bytes) throws IOException {
            for (int at = 0; at < bytes.length; ) {
                ByteBuffer b = room(1);
                int n = Math.min(bytes.length - at, b.capacity() - b.position());
                buffer.put(bytes, at, n);
                at += n;
            }
        }

        void flush() throws IOException {
            buffer.flip();
            crc.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
                flushed += channel.write(buffer, start + flushed);
            }
            buffer.clear();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    // -- reading ------------------------------------------------------------------------------------------------

    /** The checked header of a cache made for the key it was read against. */
    private record Header(int textCrc, long textLength, long structureLength, int structureCrc, long factsLength,
                          int factsCrc) {
        long structureAt() {
            return HEADER_BYTES + textLength;
        }

        long factsAt() {
            return HEADER_BYTES + textLength + structureLength;
        }
    }

    private static Header header(FileChannel ch, CacheKey key) throws IOException, Unusable {
        long size = ch.size();
        if (size < HEADER_BYTES) {
            throw new Unusable("shorter than its header");
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        while (header.hasRemaining() && ch.read(header, header.position()) > 0) {
            // fill
        }
        header.flip();
        CRC32C headerCrc = new CRC32C();
        headerCrc.update(header.array(), 0, HEADER_BYTES - 4);
        if (header.getLong(0) != MAGIC || header.getInt(8) != VERSION
                || header.getInt(HEADER_BYTES - 4) != (int) headerCrc.getValue()) {
            throw new Unusable("not a StepLens cache of this version, or its header is damaged");
        }
        CacheKey stored = new CacheKey(header.getLong(16), header.getLong(24), header.getLong(32));
        if (!stored.equals(key)) {
            throw new Unusable("made for another version of the source file");
        }
        Header h = new Header(header.getInt(12), header.getLong(40), header.getLong(48), header.getInt(56),
                header.getLong(60), header.getInt(68));
        if (h.textLength < 0 || h.structureLength < 40 || h.structureLength > Integer.MAX_VALUE
                || h.factsLength < 8 || h.factsLength > Integer.MAX_VALUE
                || size != HEADER_BYTES + h.textLength + h.factsLength + h.structureLength) {
            throw new Unusable("its length does not match its header");
        }
        return h;
    }

    /**
     * The facts of a cache made for {@code key}, checked by their own CRC; neither the text nor the structure is
     * read (a full {@link #read} checks those before anything in them is used).
     */
    static CachedFacts readFacts(Path file, CacheKey key) throws IOException, Unusable {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return facts(ch, header(ch, key));
        }
    }

    private static CachedFacts facts(FileChannel ch, Header h) throws IOException, Unusable {
        ByteBuffer in = ByteBuffer.allocate((int) h.factsLength);
        while (in.hasRemaining() && ch.read(in, h.factsAt() + in.position()) > 0) {
            // fill
        }
        CRC32C crc = new CRC32C();
        crc.update(in.array());
        if (in.hasRemaining() || (int) crc.getValue() != h.factsCrc) {
            throw new Unusable("its summary is damaged");
        }
        try {
            in.flip();
            String format = readString(in);
            int errorCount = in.getInt();
            List<CachedLoad.Error> errors = new ArrayList<>();
            for (int i = 0; i < errorCount; i++) {
                errors.add(new CachedLoad.Error(in.getLong(), readString(in)));
            }
            byte[] summary = new byte[in.getInt()];
            in.get(summary);
            return new CachedFacts(format, errors, summary);
        } catch (RuntimeException e) {
            throw new Unusable("its summary cannot be read: " + e);
        }
    }

    private static String readString(ByteBuffer in) {
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Reads a cache file made for {@code key}; throws {@link Unusable} when it is stale or damaged. */
    static CachedLoad read(Path file, CacheKey key) throws IOException, Unusable {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Header h = header(ch, key);
            facts(ch, h); // a damaged summary makes the whole cache unusable, whoever reads it
            long textLength = h.textLength;
            int textCrc = h.textCrc;
            long structureLength = h.structureLength;
            int structureCrc = h.structureCrc;
            MappedText text = new MappedText(ch, HEADER_BYTES, textLength);
            // read, not mapped, for the check: the text's pages then stay out of this process until a step is shown
            CompletableFuture<Boolean> textOk = CompletableFuture.supplyAsync(
                    () -> crcOf(file, HEADER_BYTES, textLength) == textCrc);
            MappedByteBuffer structure = ch.map(FileChannel.MapMode.READ_ONLY, h.structureAt(), structureLength);
            structure.order(STRUCTURE_ORDER);
            if (crcOf(new MappedByteBuffer[] {structure}) != structureCrc) {
                throw new Unusable("its structure is damaged");
            }
            CachedLoad load;
            try {
                load = new StructureReader(structure, text, textLength).read();
            } catch (RuntimeException e) {
                throw new Unusable("its structure cannot be read: " + e);
            }
            boolean textIntact;
            try {
                textIntact = textOk.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw new Unusable("its text cannot be read: " + e.getCause());
            }
            if (!textIntact) {
                throw new Unusable("its text is damaged");
            }
            return load;
        }
    }

    private static int crcOf(Path file, long from, long length) {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = from;
            long end = from + length;
            while (position < end) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
                int n = ch.read(buffer, position);
                if (n < 0) {
                    return ~(int) crc.getValue(); // shorter than stated: cannot match
                }
                position += n;
                crc.update(buffer.flip());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    private static int crcOf(MappedByteBuffer[] buffers) {
        CRC32C crc = new CRC32C();
        for (MappedByteBuffer b : buffers) {
            crc.update(b.duplicate());
        }
        return (int) crc.getValue();
    }

    /** Decodes the structure section; checks every offset it follows. */
    private static final class StructureReader {
        private final ByteBuffer in;
        private final MappedText text;
        private final long textLength;
        private String[] strings;

        StructureReader(ByteBuffer structure, MappedText text, long textLength) {
            this.in = structure;
            this.text = text;
            this.textLength = textLength;
        }

        CachedLoad read() {
            int end = in.limit();
            long errorsAt = in.getLong(end - 24);
            long tableAt = in.getLong(end - 16);
            long indexAt = in.getLong(end - 8);
            in.position(Math.toIntExact(tableAt));
            strings = new String[in.getInt() + 1];
            for (int i = 1; i < strings.length; i++) {
                byte[] utf8 = new byte[in.getInt()];
                in.get(utf8);
                strings[i] = new String(utf8, StandardCharsets.UTF_8);
            }
            in.position(Math.toIntExact(indexAt));
            int problemCount = in.getInt();
            int[] problemAt = new int[problemCount + 1];
            for (int p = 0; p < problemCount; p++) {
                problemAt[p] = Math.toIntExact(in.getLong());
            }
            problemAt[problemCount] = Math.toIntExact(errorsAt);
            List<Problem> problems = readProblems(problemAt);
            in.position(Math.toIntExact(errorsAt));
            String name = string();
            String datasetFormat = string();
            String format = string();
            int errorCount = in.getInt();
            List<CachedLoad.Error> errors = new ArrayList<>(errorCount);
            for (int i = 0; i < errorCount; i++) {
                errors.add(new CachedLoad.Error(in.getLong(), string()));
            }
            return new CachedLoad(new Dataset(name, datasetFormat, problems), format, errors);
        }

        /** Problems decoded on all cores, each range from its own view of the buffer; in file order. */
        private List<Problem> readProblems(int[] problemAt) {
            int count = problemAt.length - 1;
            int parts = Math.min(count, 4 * Runtime.getRuntime().availableProcessors());
            List<List<Problem>> decoded = java.util.stream.IntStream.range(0, parts).parallel().mapToObj(part -> {
                int from = (int) ((long) count * part / parts);
                int to = (int) ((long) count * (part + 1) / parts);
                StructureReader view = new StructureReader(in.duplicate().order(STRUCTURE_ORDER), text, textLength);
                view.strings = strings;
                view.in.position(problemAt[from]);
                List<Problem> out = new ArrayList<>(to - from);
                for (int p = from; p < to; p++) {
                    out.add(view.readProblem());
                    if (view.in.position() != problemAt[p + 1]) {
                        throw new IllegalStateException("problem " + p + " ends at " + view.in.position()
                                + ", expected " + problemAt[p + 1]);
                    }
                }
                return out;
            }).toList();
            List<Problem> all = new ArrayList<>(count);
            decoded.forEach(all::addAll);
            return all;
        }

        private String string() {
            return strings[in.getInt()];
        }

        private Problem readProblem() {
            String id = string();
            String problemText = string();
            String truth = string();
            String truthSolution = string();
            String subject = string();
            boolean hasLevel = in.get() != 0;
            int level = in.getInt();
            String source = string();
            String extra = string();
            int n = in.getInt();
            List<Solution> solutions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                solutions.add(readSolution());
            }
            return new Problem(id, problemText, truth, truthSolution, subject, hasLevel ? level : null, source,
                    solutions, extra);
        }

        private Solution readSolution() {
            Solution.Builder b = Solution.builder().id(string()).finalAnswer(string());
            byte correct = in.get();
            b.correct(correct == 0 ? null : correct == 2);
            b.generator(string()).extraJson(string());
            int scoreCount = in.getInt();
            if (scoreCount > 0) {
                Map<String, Double> scores = new LinkedHashMap<>();
                for (int i = 0; i < scoreCount; i++) {
                    scores.put(string(), Double.longBitsToDouble(in.getLong()));
                }
                b.scores(NamedScores.of(scores));
            }
            int probabilityCount = in.getInt();
            if (probabilityCount > 0) {
                Map<String, double[]> probabilities = new LinkedHashMap<>();
                for (int i = 0; i < probabilityCount; i++) {
                    probabilities.put(string(), doubles());
                }
                b.stepProbabilities(StepProbabilities.of(probabilities));
            }
            b.threeWayPacked(doubles());
            int ratings = in.getInt();
            if (ratings >= 0) {
                List<HumanRating> list = new ArrayList<>(ratings);
                for (int i = 0; i < ratings; i++) {
                    byte r = in.get();
                    list.add(r == Byte.MIN_VALUE ? null : HumanRating.of(r));
                }
                b.humanRatings(list);
            }
            boolean hasLabel = in.get() != 0;
            int label = in.getInt();
            b.firstErrorLabel(hasLabel ? label : null);
            int errorSteps = in.getInt();
            if (errorSteps >= 0) {
                int[] e = new int[errorSteps];
                for (int i = 0; i < errorSteps; i++) {
                    e[i] = in.getInt();
                }
                b.errorStepLabels(e);
            }
            long offset = in.getLong();
            int[] ends = new int[in.getInt()];
            for (int i = 0; i < ends.length; i++) {
                ends[i] = in.getInt();
            }
            if (offset < 0 || ends.length > 0 && offset + ends[ends.length - 1] > textLength) {
                throw new IllegalStateException("step text outside the text column");
            }
            return b.stepTexts(StepTexts.stored(text, offset, ends)).build();
        }

        private double[] doubles() {
            int n = in.getInt();
            if (n < 0) {
                return null;
            }
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = Double.longBitsToDouble(in.getLong());
            }
            return values;
        }
    }
}
