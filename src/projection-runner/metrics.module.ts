import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.http.controller.js';

/** GET /metrics: the projection runner's positions and lag for Prometheus. */
@Module({ controllers: [MetricsController] })
export class MetricsModule {}
