package vn.vientro.platform;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The PDF renderer (openhtmltopdf) writes to the console through a java.util.logging handler of its own, past the
 * application's log: its lines go to the application's log instead, under their own names
 * ({@code com.openhtmltopdf.load}, …), and its INFO lines, one per font and document, as DEBUG.
 */
@Component
class PdfLogging implements XRLogger {

    PdfLogging() {
        XRLog.setLoggerImpl(this);
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (value >= Level.INFO.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // levels are the application's logging configuration's (logging.level.com.openhtmltopdf…)
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
                : value >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
