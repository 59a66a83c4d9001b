package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.batch.infrastructure.support.DatabaseType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's job repository tables from the script Spring Batch ships for the database in use, so that
 * Flyway owns the whole schema and the batch tables are created exactly once, on H2 and PostgreSQL alike.
 */
public class V1__spring_batch_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        SingleConnectionDataSource connection = new SingleConnectionDataSource(context.getConnection(), true);
        String platform = DatabaseType.fromMetaData(connection).name().toLowerCase(java.util.Locale.ROOT);
        new ResourceDatabasePopulator(
                new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
                .execute(connection);
    }
}
