import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { parsePathId } from '../params/problems';
import { Access } from './access.decorator';
import { Scope, type AccessScope } from './access-scope';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserDto, UserListDto } from './users.dto';
import { parseNewUser, parsePasswordReset, parseUserUpdate } from './users-params';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Access('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Every account (admins only)' })
  @ApiOkResponse({ type: UserListDto })
  list(): Promise<UserListDto> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create an account' })
  @ApiBody({ type: CreateUserDto })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse({
    description: 'Bad username, short password, no regions for a non-admin',
  })
  @ApiConflictResponse({ description: 'The username is taken' })
  create(@Body() body: unknown): Promise<UserDto> {
    return this.users.create(parseNewUser(body));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change role, regions, or disable (ends their sessions)' })
  @ApiBody({ type: UpdateUserDto })
  @ApiOkResponse({ type: UserDto })
  update(
    @Scope() access: AccessScope,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<UserDto> {
    return this.users.update(access, parsePathId('user', id), parseUserUpdate(body));
  }

  @Post(':id/password')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Set a new password (ends their sessions)' })
  @ApiBody({ type: ResetPasswordDto })
  @ApiOkResponse({ type: UserDto })
  resetPassword(@Param('id') id: string, @Body() body: unknown): Promise<UserDto> {
    return this.users.resetPassword(parsePathId('user', id), parsePasswordReset(body));
  }
}
