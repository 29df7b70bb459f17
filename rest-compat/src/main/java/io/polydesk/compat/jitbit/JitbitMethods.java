package io.polydesk.compat.jitbit;

/**
 * A group of Jitbit methods (tickets, comments, users ...). Each registers its methods by name with
 * {@link JitbitRoutes}; the front controller dispatches to them.
 */
interface JitbitMethods {

    void register(JitbitRoutes routes);
}
