import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { PracticesModule } from '../practices/practices.module';
import { ResourcesModule } from '../resources/resources.module';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AuditModule, ResourcesModule, PracticesModule],
  controllers: [UsersController],
  providers: [UsersService],
})
export class UsersModule {}
