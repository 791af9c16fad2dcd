from django.db import models


class Teacher(models.Model):
    name = models.CharField(max_length=30)
    joined_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ['-name']

    def __str__(self):
        return self.name


class Lesson(models.Model):
    teacher = models.ForeignKey(Teacher, on_delete=models.CASCADE, related_name='lessons')
    title = models.CharField(max_length=50)
    starts_at = models.TimeField()
    length = models.DurationField()
    break_time = models.DurationField(null=True, blank=True, db_column='pause')
    checked_at = models.TimeField(auto_now=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ['starts_at']

    def __str__(self):
        return f'{self.title} at {self.starts_at}'
