package io.polydesk.api.web;

import io.polydesk.api.security.SurfaceErrorResponses;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link SurfaceErrorReportValve} where Tomcat keeps its error page, as the host's only error report valve.
 * Ordered last so that it replaces any valve Boot's own customizer added.
 */
@Component
class SurfaceErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final SurfaceErrorResponses errors;

    SurfaceErrorPages(SurfaceErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof StandardHost standard) {
                // StandardHost adds a valve of this class at start unless one is there already.
                standard.setErrorReportValveClass(SurfaceErrorReportValve.class.getName());
            }
            host.getPipeline().addValve(new SurfaceErrorReportValve(errors));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
