package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.Session;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.token.ApiTokenService;
import io.polydesk.domain.token.CreatedApiToken;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.workflow.Workflow;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /sessions} (Basic credentials in, the user with an API key out) and {@code GET /account}. The key is
 * a Polydesk API token of that user, stored hashed, so each call issues a new one; every earlier key keeps working
 * until revoked.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskSessionController {

    static final String TOKEN_NAME = "BOSSDesk API key";

    private final ApiTokenService tokens;
    private final UserQueries users;
    private final Workflow workflow;
    private final BossDeskUserConverter converter;

    BossDeskSessionController(
            ApiTokenService tokens, UserQueries users, Workflow workflow, BossDeskUserConverter converter) {
        this.tokens = tokens;
        this.users = users;
        this.workflow = workflow;
        this.converter = converter;
    }

    @PostMapping("/sessions")
    Session create(@AuthenticationPrincipal Actor actor) {
        User user = users.me(actor);
        CreatedApiToken token = tokens.create(actor, TOKEN_NAME);
        return new Session(converter.toDetail(user), token.secret(), BossDeskPermissions.of(user.role()));
    }

    @GetMapping("/account")
    Map<String, Object> account(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
        Actor.require(actor);
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("name", "Polydesk");
        account.put("full_domain", request.getServerName());
        account.put("ci_barcode_type", "code_128");
        account.put("ci_barcode_method", "name");
        account.put("time_zone", "UTC");
        account.put("beginning_of_week", 1);
        account.put("autoassign_ci_control_numbers", false);
        account.put("ticket_comment_is_public_by_default", true);
        account.put(
                "default_helpdesk_priority_id",
                workflow.priority(Workflow.DEFAULT_PRIORITY).map(p -> p.id()).orElse(null));
        account.put("default_ticket_team_id", null);
        account.put("currency", Map.of("label", "Dollar ($)", "unit", "$", "icon", "fa fa-usd"));
        return account;
    }
}
