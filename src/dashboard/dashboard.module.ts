import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.http.controller.js';

/** The management dashboard: a static page and its assets; every figure on it comes from the API with the user's token. */
@Module({ controllers: [DashboardController] })
export class DashboardModule {}
