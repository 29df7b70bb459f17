package io.polydesk.api.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.polydesk.api.ratelimit.RateLimitProperties;
import io.polydesk.domain.user.SignInFailures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where runs of failed sign-ins are counted: the rate limits' Redis when it is set, else this process. */
@Configuration(proxyBeanMethods = false)
class SignInFailuresConfiguration {

    @Bean
    SignInFailures signInFailures(RateLimitProperties rateLimits, ObjectProvider<MeterRegistry> meters) {
        if (!rateLimits.redis().configured()) {
            return new ProcessSignInFailures();
        }
        return new FailOpenSignInFailures(
                new RedisSignInFailures(rateLimits.redis()),
                new ProcessSignInFailures(),
                rateLimits.redis().retryInterval(),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
