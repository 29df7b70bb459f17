package io.polydesk.compat.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** CONTRACT §3's tie-break on a shared {@code /api}: exact case wins, a case-insensitive dialect takes the rest. */
class DialectsTest {

    /** Claims its lower-case resources in exactly that case, as Arctyk does. */
    private static final Dialect EXACT_CASE = new StandIn("exact-case", "/api") {
        @Override
        public Claim claim(HttpServletRequest request) {
            String rest = basePath().remainder(request);
            return rest != null && Set.of("/tickets", "/tickets/", "/projects/").contains(rest)
                    ? Claim.EXACT
                    : Claim.NONE;
        }
    };

    /** Stands in for Jitbit: every path below {@code /api}, matched ignoring case, in exact case where it can. */
    private static final Dialect CASE_INSENSITIVE = new StandIn("case-insensitive", "/api") {
        @Override
        public Claim claim(HttpServletRequest request) {
            String rest = basePath().remainderIgnoringCase(request);
            if (rest == null) {
                return Claim.NONE;
            }
            return Set.of("/Tickets", "/ticket", "/UpdateTicket").contains(rest) ? Claim.EXACT : Claim.IGNORING_CASE;
        }
    };

    /** A dialect on a longer base path below the shared one, as Ticketing Platform's {@code /api/v1}. */
    private static final Dialect NESTED = new StandIn("nested", "/api/v1/") {
        @Override
        public Claim claim(HttpServletRequest request) {
            return basePath().remainder(request) != null ? Claim.EXACT : Claim.NONE;
        }
    };

    private final Dialects dialects = new Dialects(List.of(EXACT_CASE, CASE_INSENSITIVE, NESTED));

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource({
        "/api/tickets/, exact-case",
        "/api/tickets, exact-case",
        "/api/projects/, exact-case",
        "/api/Tickets, case-insensitive",
        "/api/TICKETS, case-insensitive",
        "/api/ticket, case-insensitive",
        "/api/updateticket, case-insensitive",
        "/api/comments, case-insensitive",
        "/API/tickets/, case-insensitive",
        "/api/v1/auth/login, nested",
        "/api/v1, nested",
        "/api/V1/auth/login, case-insensitive",
        "/apiary/tickets, none",
        "/graphql, none",
    })
    void theStrongestClaimWins(String path, String expected) {
        assertThat(dialects.owner(request(path)).map(Dialect::name).orElse("none"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "without the exact-case dialect, {0} belongs to {1}")
    @CsvSource({"/api/tickets/, case-insensitive", "/api/v1/tickets, nested", "/other, none"})
    void switchingADialectOffHandsItsPathsToTheNextClaim(String path, String expected) {
        Dialects withoutExactCase = new Dialects(List.of(CASE_INSENSITIVE, NESTED));
        assertThat(withoutExactCase.owner(request(path)).map(Dialect::name).orElse("none"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "base path \"{0}\" is \"{1}\"")
    @CsvSource(
            value = {"/api|/api", "/api/|/api", "api|/api", " /itsm/api// |/itsm/api", "/|''", "''|''"},
            delimiter = '|')
    void basePathsAreNormalisedOnce(String configured, String normalised) {
        assertThat(BasePath.of(configured).value()).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0} below /api is {1}")
    @CsvSource(
            value = {"/api/tickets/|/tickets/", "/api|''", "/apiary|<none>", "/API/x|<none>"},
            delimiter = '|')
    void remainderIsThePathBelowTheBaseInExactCase(String path, String remainder) {
        String rest = BasePath.of("/api").remainder(request(path));
        assertThat(rest == null ? "<none>" : rest).isEqualTo(remainder);
    }

    private static MockHttpServletRequest request(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    private abstract static class StandIn implements Dialect {

        private final String name;
        private final BasePath basePath;

        StandIn(String name, String basePath) {
            this.name = name;
            this.basePath = BasePath.of(basePath);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public BasePath basePath() {
            return basePath;
        }

        @Override
        public RateLimit rateLimit() {
            return new RateLimit(10, 5, Duration.ofMinutes(1));
        }

        @Override
        public void writeError(HttpServletRequest request, HttpServletResponse response, int status, String message) {
            response.setStatus(status);
        }

        @Override
        public ResponseEntity<?> unmatched(Exception failure) {
            return ResponseEntity.notFound().build();
        }

        @Override
        public String toString() {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
