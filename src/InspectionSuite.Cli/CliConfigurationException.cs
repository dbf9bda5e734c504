namespace InspectionSuite.Cli;

/// <summary>A setting the command needs is missing or wrong (e.g. the audit chain key): the message says which.</summary>
public sealed class CliConfigurationException(string message) : Exception(message);
