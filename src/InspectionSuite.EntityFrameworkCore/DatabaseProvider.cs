namespace InspectionSuite.EntityFrameworkCore;

public enum DatabaseProvider { Sqlite, SqlServer }
