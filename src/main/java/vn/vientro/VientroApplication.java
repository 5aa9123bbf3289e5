package vn.vientro;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import vn.vientro.platform.Maintenance;
import vn.vientro.platform.EmbeddedPostgresEarlyStart;
import vn.vientro.platform.StartupSteps;

/** Vientro: foreign non-governmental aid management for a Vietnamese province. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Vientro", sharedModules = {"shared", "platform"})
public class VientroApplication {

    /** Starts the application, or runs an operator's command instead ({@code backup}, {@code restore}). */
    public static void main(String[] args) {
        if (Maintenance.isCommand(args)) {
            System.exit(Maintenance.run(args));
        }
        SpringApplication application = new SpringApplication(VientroApplication.class);
        application.addInitializers(new EmbeddedPostgresEarlyStart());
        StartupSteps.recordIfAsked(application);
        application.run(args);
    }
}
