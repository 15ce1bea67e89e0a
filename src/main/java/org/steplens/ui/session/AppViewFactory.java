package org.steplens.ui.session;

/** Creates an {@link AppView} from the shared application state. */
@FunctionalInterface
public interface AppViewFactory {
    AppView create(AppContext context);
}
