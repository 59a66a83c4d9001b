package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's job repository tables from the script Spring Batch ships for the database in use
 * ({@code schema-h2.sql}, {@code schema-postgresql.sql}, …), so that Flyway owns the whole schema and the batch tables
 * are created exactly once.
 */
public class V1__spring_batch_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        String platform = DatabaseDriver.fromProductName(product).getId();
        new ResourceDatabasePopulator(
                new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
                .execute(new SingleConnectionDataSource(context.getConnection(), true));
    }
}
