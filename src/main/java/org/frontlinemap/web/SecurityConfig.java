package org.frontlinemap.web;

import javax.sql.DataSource;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.frontlinemap.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Reading is open by default ({@code frontline.read-requires-login=true} closes it); writing (ingest, upload)
 * needs the admin login.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig extends VaadinWebSecurity {

    private final FrontlineProperties props;

    SecurityConfig(FrontlineProperties props) {
        this.props = props;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.csrf(c -> c.ignoringRequestMatchers(new AntPathRequestMatcher("/api/**")));
        http.authorizeHttpRequests(auth -> {
            var read = new AntPathRequestMatcher("/api/**", HttpMethod.GET.name());
            var geoparse = new AntPathRequestMatcher("/api/geoparse", HttpMethod.POST.name());
            if (props.readRequiresLogin()) {
                auth.requestMatchers(read, geoparse).authenticated();
            } else {
                auth.requestMatchers(read, geoparse).permitAll();
            }
            auth.requestMatchers(new AntPathRequestMatcher("/api/**")).hasRole("ADMIN");
        });
        http.httpBasic(b -> { });
        super.configure(http);
        setLoginView(http, LoginView.class);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(DataSource dataSource, PasswordEncoder encoder) {
        String hash = AdminAccount.passwordHash(props, dataSource, encoder);
        return new InMemoryUserDetailsManager(User.withUsername(AdminAccount.USERNAME)
                .password(hash).roles("ADMIN").build());
    }
}
