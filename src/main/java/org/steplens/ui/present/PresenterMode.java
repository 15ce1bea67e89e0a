package org.steplens.ui.present;

import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.steplens.ui.session.AppContext;
import org.steplens.ui.solution.SolutionViewModel;

/**
 * Enters and leaves presenter mode (View ▸ Present, F5; Esc leaves): swaps the window's root for a
 * {@link PresenterView} of the shown candidate, full screen, and routes the presenter's keys while it is shown:
 * Space / → next beat, ← back, R all, B black, PageDown / PageUp through the deck, Ctrl+= / Ctrl+- zoom.
 */
public final class PresenterMode {
    private final Stage stage;
    private final Scene scene;
    private final AppContext context;
    private final DeckModel deck;
    private final Preferences preferences;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final EventHandler<KeyEvent> keys = this::onKey;
    private PresenterViewModel model;
    private PresenterView view;
    private Parent saved;
    private boolean wasFullScreen;

    public PresenterMode(Stage stage, Scene scene, AppContext context, DeckModel deck, Preferences preferences) {
        this.stage = stage;
        this.scene = scene;
        this.context = context;
        this.deck = deck;
        this.preferences = preferences;
    }

    /** Shows the presenter's screen in place of the window's content. */
    public void enter() {
        if (presenting.get()) {
            return;
        }
        if (model == null) {
            // made once per window: the solution model listens to the session for as long as the window lives
            model = new PresenterViewModel(new SolutionViewModel(context.reports(), context.session().candidate(0)),
                    preferences);
            view = new PresenterView(model, context.math(), context.theme());
        }
        model.restart();
        saved = scene.getRoot();
        scene.setRoot(view);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        wasFullScreen = stage.isFullScreen();
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        view.requestFocus();
        presenting.set(true);
    }

    /** Puts the window's content back. */
    public void leave() {
        if (!presenting.get()) {
            return;
        }
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.setRoot(saved);
        saved = null;
        stage.setFullScreen(wasFullScreen);
        presenting.set(false);
    }

    private void onKey(KeyEvent e) {
        boolean handled = true;
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            switch (code) {
                case EQUALS, PLUS, ADD -> model.zoomIn();
                case MINUS, SUBTRACT -> model.zoomOut();
                default -> handled = false;
            }
        } else {
            switch (code) {
                case ESCAPE -> leave();
                case SPACE, RIGHT -> model.next();
                case LEFT -> model.back();
                case R -> model.revealAll();
                case B -> model.toggleBlack();
                case PAGE_DOWN -> deck.go(1);
                case PAGE_UP -> deck.go(-1);
                default -> handled = false;
            }
        }
        if (handled) {
            e.consume();
        }
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** The model of the presenter's screen; null before the first {@link #enter()}. */
    public PresenterViewModel model() {
        return model;
    }

    PresenterView view() {
        return view;
    }
}
