package org.steplens.ui.shell;

import java.util.List;
import java.util.prefs.Preferences;
import org.steplens.ui.files.DatasetOpener;
import org.steplens.ui.session.AppViewFactory;
import org.steplens.ui.session.ProblemAnalyzer;
import org.steplens.ui.common.MathRenderer;
import org.steplens.ui.common.TaskRunner;

/**
 * The window's collaborators, so that tests build the real window with the same parts the application uses
 * (or a synchronous runner where they need one).
 *
 * @param opener      reads files
 * @param analyzer    scoring, selection and failure flags
 * @param loadRunner  for loading files
 * @param analysisRunner for the selected problem's report
 * @param flagRunner  for the problem list's flags over every problem
 * @param scoreRunner for scoring with a model (its own thread: a file can be opened while a model scores)
 * @param mathRunner  for typesetting
 * @param renderer    the math image cache
 * @param preferences where recent files are kept
 * @param extraViews  further tabs beside the inspector
 */
public record AppServices(DatasetOpener opener, ProblemAnalyzer analyzer, TaskRunner loadRunner,
                          TaskRunner analysisRunner, TaskRunner flagRunner, TaskRunner scoreRunner, TaskRunner mathRunner,
                          MathRenderer renderer, Preferences preferences, List<AppViewFactory> extraViews) {

    public void shutdown() {
        for (TaskRunner r : List.of(loadRunner, analysisRunner, flagRunner, scoreRunner, mathRunner)) {
            r.shutdown();
        }
    }
}
