package org.frontlinemap.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web app: Vaadin views, REST API, embedded H2. */
@SpringBootApplication(scanBasePackages = "org.frontlinemap")
@ConfigurationPropertiesScan("org.frontlinemap")
@EnableVaadin("org.frontlinemap.ui")
public class WebApplication implements AppShellConfigurator {

    public static void start(String[] args) {
        SpringApplication app = new SpringApplication(WebApplication.class);
        app.run(args);
    }
}
