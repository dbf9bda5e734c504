namespace InspectionSuite.Cli;

public static class CliExit
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
    public const int QuotaNotMet = 3;
}
