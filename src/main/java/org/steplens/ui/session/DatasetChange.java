package org.steplens.ui.session;

import org.steplens.model.Dataset;

/**
 * Replaces the open dataset with one derived from it (e.g. a model's scores added) and switches the settings with
 * it (e.g. to the new scorer); undo brings back both. It changes the document: the window shows it unsaved until
 * File ▸ Save as….
 */
final class DatasetChange implements Command {
    private final Session session;
    private final long document;
    private final Dataset before;
    private final Dataset after;
    private final AnalysisSettings settingsBefore;
    private final AnalysisSettings settingsAfter;
    private final String description;

    DatasetChange(Session session, long document, Dataset before, Dataset after, AnalysisSettings settingsBefore,
                  AnalysisSettings settingsAfter, String description) {
        this.session = session;
        this.document = document;
        this.before = before;
        this.after = after;
        this.settingsBefore = settingsBefore;
        this.settingsAfter = settingsAfter;
        this.description = description;
    }

    @Override
    public void execute() {
        session.replaceDataset(document, after);
        session.adjustSettings(settingsAfter);
    }

    @Override
    public void undo() {
        session.replaceDataset(document, before);
        session.adjustSettings(settingsBefore);
    }

    @Override
    public String description() {
        return description;
    }
}
