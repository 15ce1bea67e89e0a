package org.steplens.score;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A model folder's {@code tokenizer.json} (Hugging Face format, through DJL; offline; never truncates, never
 * pads) and the rules for finding each step's marker in the token stream.
 */
final class PrmTokenizer implements AutoCloseable {
    static final String FILE_NAME = "tokenizer.json";
    private static final java.util.Set<String> UNKNOWN_TOKENS = java.util.Set.of("[UNK]", "<unk>", "<|unk|>", "[unk]");

    private final HuggingFaceTokenizer tokenizer;
    private final PrmSpec spec;

    private PrmTokenizer(HuggingFaceTokenizer tokenizer, PrmSpec spec) {
        this.tokenizer = tokenizer;
        this.spec = spec;
    }

    static PrmTokenizer open(Path dir, PrmSpec spec) throws ModelFolderException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ModelFolderException(file + ": missing (the model folder needs the model's Hugging Face "
                    + FILE_NAME + ")");
        }
        NativeLibraries.prepare();
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.newInstance(file, Map.of("truncation", "false", "padding", "false",
                    "addSpecialTokens", "false", "maxLength", "-1"));
        } catch (Exception | UnsatisfiedLinkError e) {
            throw new ModelFolderException(file + ": not a tokenizer the Hugging Face tokenizers library can read: "
                    + firstLine(e));
        }
        PrmTokenizer result = new PrmTokenizer(tokenizer, spec);
        try {
            result.checkMarker(file);
            result.checkUnknownWords(file);
            return result;
        } catch (ModelFolderException e) {
            result.close();
            throw e;
        }
    }

    /** Token ids of a text on its own, no special tokens added. */
    long[] ids(String text) {
        return encodeRaw(text).getIds();
    }

    /** The library's encoding; its failures (Rust errors as bare RuntimeExceptions) become {@link TokenizerFailure}. */
    private Encoding encodeRaw(String text) {
        return encodeRaw(text, false);
    }

    /** Encodes without truncation; a failure inside the native tokenizer becomes a {@link TokenizerFailure}. */
    private Encoding encodeRaw(String text, boolean addSpecialTokens) {
        try {
            return tokenizer.encode(text, addSpecialTokens, false);
        } catch (RuntimeException e) {
            throw new TokenizerFailure(firstLine(e), e);
        }
    }

    /**
     * A word outside the vocabulary must encode (as the unknown token, or as bytes): a tokenizer.json whose
     * unknown token is missing from its vocabulary fails on the first such word, so it is refused when opened.
     */
    private void checkUnknownWords(Path file) throws ModelFolderException {
        try {
            encodeRaw("zqxjv \u2603 \u0fd5 \uD83D\uDE00");
        } catch (TokenizerFailure e) {
            throw new ModelFolderException(file + ": cannot encode a word outside its vocabulary (" + e.getMessage()
                    + "); its unknown token must be in the vocabulary");
        }
    }

    /**
     * Renders and encodes a solution, and finds the token of each step's marker.
     *
     * @throws IllegalStateException when a marker does not come out as one token (e.g. merged with the step text)
     */
    EncodedSolution encode(String problem, List<String> steps) {
        PrmSpec.Tokenization how = spec.tokenization();
        List<String> texts = how.stripSteps() ? steps.stream().map(PrmTokenizer::pythonStrip).toList() : steps;
        // A chat template's trim of the first turn (problem + " " + step) also takes the problem's leading space.
        String prompt = how.stripSteps() ? pythonLstrip(problem) : problem;
        return how.pieces() ? encodePieces(prompt, texts) : encodeWhole(prompt, texts);
    }

    /** The whole rendered prompt encoded once; each marker found by its character range. */
    private EncodedSolution encodeWhole(String problem, List<String> steps) {
        Template.Rendered r = spec.template().render(problem, steps, spec.marker());
        Encoding e = encodeRaw(r.text(), spec.tokenization().addSpecialTokens());
        long[] ids = e.getIds();
        CharSpan[] spans = e.getCharTokenSpans();
        int[] read = new int[steps.size()];
        int from = 0;
        CodePointIndex codePoints = new CodePointIndex(r.text());
        for (int s = 0; s < steps.size(); s++) {
            int start = r.markerStarts()[s];
            int end = r.markerEnds()[s];
            int visible = start;
            while (visible < end - 1 && Character.isWhitespace(r.text().charAt(visible))) {
                visible++;
            }
            // The tokenizer's offsets count Unicode code points, Java strings count UTF-16 units.
            int token = markerToken(spans, from, codePoints.at(start), codePoints.at(visible), codePoints.at(end));
            if (token < 0) {
                throw new IllegalStateException("the marker after step " + (s + 1)
                        + " did not come out as one token of its own");
            }
            from = token + 1;
            read[s] = checkedRead(token, ids.length);
        }
        return new EncodedSolution(ids, read);
    }

    /**
     * The prefix encoded alone, then each step (or each part of it between markers) encoded alone and followed by
     * the marker's ids, as Skywork's {@code prepare_input} and TRL's PRM trainer build their inputs; each step is
     * read at the last marker id after it. An empty part contributes only the marker.
     */
    private EncodedSolution encodePieces(String problem, List<String> steps) {
        LongList ids = new LongList(256);
        ids.addAll(encodeRaw(spec.template().prefixText(problem), spec.tokenization().addSpecialTokens())
                .getIds());
        long[] marker = ids(spec.marker());
        int[] read = new int[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            String step = steps.get(s);
            List<String> parts = spec.tokenization().splitStepsOnMarker() ? split(step, spec.marker()) : List.of(step);
            for (String part : parts) {
                if (!part.isEmpty()) {
                    ids.addAll(ids(part));
                }
                ids.addAll(marker);
            }
            read[s] = ids.size() - 1;
        }
        String suffix = spec.template().suffixText(problem);
        if (!suffix.isEmpty()) {
            ids.addAll(ids(suffix));
        }
        long[] all = ids.toArray();
        for (int s = 0; s < read.length; s++) {
            read[s] = checkedRead(read[s], all.length);
        }
        return new EncodedSolution(all, read);
    }

    private int checkedRead(int markerToken, int length) {
        int at = markerToken + spec.markerOffset();
        if (at < 0 || at >= length) {
            throw new IllegalStateException("marker_offset " + spec.markerOffset() + " points outside the text");
        }
        return at;
    }

    /** Splits on every occurrence of {@code separator}, keeping empty parts (Python's {@code str.split(sep)}). */
    static List<String> split(String text, String separator) {
        List<String> parts = new java.util.ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return parts;
    }

    /**
     * Strips what Python's {@code str.strip()} (and so a Jinja chat template's {@code trim}) strips: Java's
     * whitespace plus the no-break spaces and NEL, which {@link Character#isWhitespace} leaves.
     */
    static String pythonStrip(String s) {
        int end = s.length();
        while (end > 0 && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return pythonLstrip(s.substring(0, end));
    }

    /** {@code s} without its leading whitespace (Python's {@code str.lstrip()}). */
    private static String pythonLstrip(String s) {
        int start = 0;
        while (start < s.length() && isPythonSpace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    /** A growable array of token ids. */
    private static final class LongList {
        private long[] values;
        private int size;

        LongList(int capacity) {
            values = new long[capacity];
        }

        void addAll(long[] more) {
            if (size + more.length > values.length) {
                values = java.util.Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /**
     * The token that is the marker: it ends where the marker ends and starts inside the marker, no later than
     * the marker's first visible character (so " ки" may come out as "▁ки" or as "ки"). -1 when the marker was
     * merged with neighbouring text or split into several tokens. Offsets in code points.
     */
    private static int markerToken(CharSpan[] spans, int from, int start, int visible, int end) {
        int last = end - 1;
        for (int i = from; i < spans.length; i++) {
            CharSpan span = spans[i];
            if (span == null || span.getEnd() <= span.getStart()) {
                continue;
            }
            if (span.getStart() > last) {
                return -1;
            }
            if (span.getEnd() > last) {
                boolean own = span.getStart() >= start && span.getStart() <= visible && span.getEnd() == end;
                return own ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The marker must be one known token, and stay one token between steps. Encoded as pieces, it only needs to
     * encode to known tokens (TRL's separator may be several).
     */
    private void checkMarker(Path file) throws ModelFolderException {
        String marker = spec.marker();
        if (spec.tokenization().pieces()) {
            checkKnown(file, marker, encodeRaw(marker).getTokens());
            if (ids(marker).length == 0) {
                throw new ModelFolderException(file + ": the spec's marker " + quote(marker) + " encodes to no token");
            }
            return;
        }
        Encoding alone;
        try {
            alone = encodeRaw(marker);
        } catch (TokenizerFailure e) {
            throw new ModelFolderException(file + ": cannot encode the spec's marker " + quote(marker) + ": "
                    + e.getMessage());
        }
        List<String> pieces = new java.util.ArrayList<>();
        String[] tokens = alone.getTokens();
        CharSpan[] spans = alone.getCharTokenSpans();
        for (int i = 0; i < tokens.length; i++) {
            String text = spans[i] == null ? tokens[i] : substringByCodePoints(marker, spans[i]);
            if (!text.isBlank() || marker.isBlank()) {
                pieces.add(text);
            }
        }
        if (pieces.size() != 1) {
            StringBuilder list = new StringBuilder();
            for (String piece : pieces) {
                list.append(list.length() == 0 ? "" : ", ").append(quote(piece));
            }
            throw new ModelFolderException(file + ": the spec's marker " + quote(marker) + " is not a token of this "
                    + "tokenizer (it splits into " + pieces.size() + " pieces: " + list + ")");
        }
        checkKnown(file, marker, tokens);
        try {
            encode("1 + 1 = ?", List.of("1 + 1 = 2.", "The answer is 2."));
        } catch (TokenizerFailure e) {
            throw new ModelFolderException(file + ": cannot encode a simple solution: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new ModelFolderException(file + ": the spec's marker " + quote(marker) + " merges with the text "
                    + "around it in this tokenizer, so the steps' ends cannot be found");
        }
    }

    private static void checkKnown(Path file, String marker, String[] tokens) throws ModelFolderException {
        for (String token : tokens) {
            if (UNKNOWN_TOKENS.contains(token)) {
                throw new ModelFolderException(file + ": the spec's marker " + quote(marker)
                        + " is not in this tokenizer's vocabulary (it encodes as the unknown token " + token + ")");
            }
        }
    }

    private static String substringByCodePoints(String text, CharSpan span) {
        int start = text.offsetByCodePoints(0, Math.min(span.getStart(), text.codePointCount(0, text.length())));
        int end = text.offsetByCodePoints(0, Math.min(span.getEnd(), text.codePointCount(0, text.length())));
        return text.substring(start, end);
    }

    static String quote(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    /** Converts UTF-16 indices of one string to code point indices, walking forward only. */
    private static final class CodePointIndex {
        private final String text;
        private int utf16;
        private int codePoints;

        CodePointIndex(String text) {
            this.text = text;
        }

        int at(int index) {
            if (index < utf16) {
                return text.codePointCount(0, index);
            }
            codePoints += text.codePointCount(utf16, index);
            utf16 = index;
            return codePoints;
        }
    }
}
