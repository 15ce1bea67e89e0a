package org.steplens.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** The supported formats, in the order their shapes are tried (most specific first). */
final class Formats {
    static final List<FormatReader> ALL = List.of(
            new NativeJsonlReader(),
            new Prm800kReader(),
            new LightmanReader(),
            new ProcessBenchReader(),
            new PrmBenchReader(),
            new MathShepherdReader(),
            new QwenRmMajReader(),
            new Math500Reader());

    private Formats() {
    }

    static Optional<FormatReader> detect(ObjectNode first) {
        return ALL.stream().filter(f -> f.accepts(first)).findFirst();
    }

    /** "StepLens native, PRM800K, ..." for messages. */
    static String names() {
        return String.join(", ", ALL.stream().map(FormatReader::name).toList());
    }
}
