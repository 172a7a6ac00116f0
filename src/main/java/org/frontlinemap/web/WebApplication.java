package org.frontlinemap.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web app: Vaadin views, REST API, embedded H2. */
@SpringBootApplication(scanBasePackages = "org.frontlinemap")
@ConfigurationPropertiesScan("org.frontlinemap")
public class WebApplication implements AppShellConfigurator {

    public static void start(String[] args) {
        SpringApplication app = new SpringApplication(WebApplication.class);
        app.run(args);
    }
}
