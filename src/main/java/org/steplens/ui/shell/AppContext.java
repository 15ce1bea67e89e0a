package org.steplens.ui.shell;

import javafx.beans.property.ObjectProperty;
import org.steplens.ui.analysis.ProblemAnalyzer;
import org.steplens.ui.common.MathText;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.common.Theme;
import org.steplens.ui.inspect.InspectorViewModel;

/**
 * What views share: the open file, the scoring settings and report pipeline, background runners and the theme.
 *
 * @param main       open files, load progress, the problems
 * @param inspector  selected problem, settings, report, selected candidate
 * @param analyzer   the door to the core's selection and analysis
 * @param background a runner for a view's own background work
 * @param math       typeset math
 * @param theme      the current theme
 * @param showProblem switches to the inspector on a problem (e.g. one picked from a chart)
 */
public record AppContext(MainViewModel main, InspectorViewModel inspector, ProblemAnalyzer analyzer,
                         TaskRunner background, MathText math, ObjectProperty<Theme> theme,
                         java.util.function.Consumer<org.steplens.model.Problem> showProblem) {
}
