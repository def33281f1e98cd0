package dev.turnpike.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The management API's root. */
@ApplicationPath("/management/v1")
public class ManagementApplication extends Application {}
