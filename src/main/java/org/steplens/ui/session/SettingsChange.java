package org.steplens.ui.session;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A change of the window's {@link AnalysisSettings} as an undoable command. Changes made in one gesture (a slider
 * drag) carry the same non-null {@code gesture} key and merge into one undo step whose "before" is the value from
 * before the gesture began. Settings are a view choice: they do not make the document dirty.
 */
final class SettingsChange implements Command {
    private final Consumer<AnalysisSettings> apply;
    private final AnalysisSettings before;
    private final AnalysisSettings after;
    private final Object gesture;

    /**
     * @param apply   sets the session's settings
     * @param gesture equal non-null keys merge (one drag); null never merges
     */
    SettingsChange(Consumer<AnalysisSettings> apply, AnalysisSettings before, AnalysisSettings after, Object gesture) {
        this.apply = apply;
        this.before = before;
        this.after = after;
        this.gesture = gesture;
    }

    @Override
    public void execute() {
        apply.accept(after);
    }

    @Override
    public void undo() {
        apply.accept(before);
    }

    @Override
    public String description() {
        String what = after.describeChangeFrom(before);
        return what.isEmpty() ? "settings" : what;
    }

    @Override
    public boolean changesDocument() {
        return false;
    }

    @Override
    public Command mergeWith(Command next) {
        if (gesture != null && next instanceof SettingsChange n && Objects.equals(gesture, n.gesture)) {
            return new SettingsChange(apply, before, n.after, gesture);
        }
        return null;
    }
}
