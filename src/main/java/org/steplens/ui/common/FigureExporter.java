package org.steplens.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.steplens.chart.Chart;
import org.steplens.chart.ChartExport;
import org.steplens.chart.CsvExport;
import org.steplens.chart.Provenance;
import org.steplens.chart.Table;

/** Writes charts (PNG at 2× or SVG, by extension) and tables (CSV) off the UI thread and reports the outcome. */
public final class FigureExporter {
    private final TaskRunner runner;
    private final Consumer<String> status;

    /** @param status receives "Writing…", "Saved …" or "Could not save …: reason" on the UI thread */
    public FigureExporter(TaskRunner runner, Consumer<String> status) {
        this.runner = runner;
        this.status = status;
    }

    public void chart(Chart chart, Path out) {
        write(out, () -> ChartExport.write(chart, out));
    }

    public void table(Table table, Provenance provenance, Path out) {
        write(out, () -> CsvExport.write(table, provenance, out));
    }

    private interface Writing {
        void run() throws Exception;
    }

    private void write(Path out, Writing writing) {
        status.accept("Writing " + out.getFileName() + "…");
        runner.run("export", token -> {
            writing.run();
            return out;
        }, saved -> status.accept("Saved " + saved), error -> {
            org.slf4j.LoggerFactory.getLogger(FigureExporter.class).warn("could not save {}", out, error);
            status.accept("Could not save " + out + ": " + error.getMessage());
        });
    }
}
