import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from './audit/audit.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { DeliveryModule } from './delivery/delivery.module.js';
import { DemoModule } from './demo/demo.module.js';
import { HealthModule } from './health/health.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { MandatesModule } from './mandates/mandates.module.js';
import { OutsourcingModule } from './outsourcing/outsourcing.module.js';
import { PlatformModule, type PlatformOptions } from './platform/platform.module.js';
import { MetricsModule } from './projection-runner/metrics.module.js';
import { ProjectionAdminModule } from './projection-runner/admin/projection-admin.module.js';
import { TemplatesModule } from './templates/templates.module.js';
import { NoticesModule } from './notices/notices.module.js';

@Module({})
export class AppModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(options),
        CqrsModule.forRoot(),
        HealthModule,
        MetricsModule,
        ProjectionAdminModule,
        IndicatorsModule,
        MandatesModule,
        TemplatesModule,
        NoticesModule,
        OutsourcingModule,
        DeliveryModule,
        AuditModule,
        DemoModule,
        DashboardModule,
      ],
    };
  }
}
