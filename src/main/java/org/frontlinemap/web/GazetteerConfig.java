package org.frontlinemap.web;

import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.ui.BaseMapLayers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class GazetteerConfig {

    @Bean
    Gazetteer gazetteer() {
        return org.frontlinemap.gazetteer.BundledGazetteer.shared();
    }

    @Bean
    BaseMapLayers baseMapLayers(Gazetteer gazetteer) {
        return new BaseMapLayers(gazetteer);
    }
}
