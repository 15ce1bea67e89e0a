package org.steplens.ui.inspect;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import org.steplens.ui.browse.ProblemListView;
import org.steplens.ui.solution.CandidateTable;

/** The inspector's layout: problems | candidates over the solution (or the comparison) | selections and review. */
public final class InspectorView extends SplitPane {

    public InspectorView(ProblemListView problems, CandidateTable candidates, javafx.scene.Node solution,
                         javafx.scene.Node selection) {
        getStyleClass().add("inspector");
        SplitPane centre = new SplitPane(candidates, solution);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.34);
        getItems().addAll(problems, centre, selection);
        setDividerPositions(0.22, 0.74);
        SplitPane.setResizableWithParent(problems, false);
        SplitPane.setResizableWithParent(selection, false);
    }
}
